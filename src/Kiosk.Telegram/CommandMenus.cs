using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Localization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Kiosk.Telegram;

/// <summary>The command menus Telegram shows: everyone's, and the coordinators' (everyone's plus the team's) for their chats only.</summary>
public static class CommandMenus
{
    /// <summary>Everyone's commands in <paramref name="language"/>.</summary>
    public static List<BotCommand> Public(Localizer localizer, string language) =>
        Commands.Public.Select(name => new BotCommand(name, localizer.Text(language, $"commands.{name}"))).ToList();

    /// <summary>deleteMyCommands for one chat: it shows everyone's menu (in the person's app language) again.</summary>
    public static DeleteMyCommandsRequest Public(long chatId) => new() { Scope = new BotCommandScopeChat { ChatId = chatId } };

    /// <summary>setMyCommands for one coordinator's chat: the team's commands first, then everyone's.</summary>
    public static SetMyCommandsRequest ForCoordinator(Localizer localizer, long chatId, string language) => new()
    {
        Commands = CoordinatorCommands.Menu.Select(name => new BotCommand(name, localizer.Text(language, $"commands.{name}")))
            .Concat(Public(localizer, language)).ToList(),
        Scope = new BotCommandScopeChat { ChatId = chatId },
    };

    /// <summary>setChatMenuButton for a coordinator's chat: the button beside the text field opens the desk (a Mini App).</summary>
    public static SetChatMenuButtonRequest DeskButton(long chatId, string label, string url) => new()
    {
        ChatId = chatId, MenuButton = new MenuButtonWebApp { Text = label, WebApp = new WebAppInfo { Url = url } },
    };

    /// <summary>setChatMenuButton back to Telegram's default (the command list) for someone who left the team.</summary>
    public static SetChatMenuButtonRequest DefaultButton(long chatId) => new() { ChatId = chatId, MenuButton = new MenuButtonDefault() };
}

namespace Kiosk.Conversations;

/// <summary>The bot's own Telegram username, learnt from getMe at start; links (invites, posters) need it.</summary>
public sealed class BotIdentity
{
    private volatile string username = "";

    /// <summary>The username without "@", or "" while unknown.</summary>
    public string Username
    {
        get => username;
        set => username = value.TrimStart('@');
    }
}

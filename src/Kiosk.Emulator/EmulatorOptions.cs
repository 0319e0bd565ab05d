namespace Kiosk.Emulator;

/// <summary>Configuration section "Emulator": the local Telegram Bot API server.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Emulator";

    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; set; } = 5080;

    /// <summary>The only bot token the emulator accepts.</summary>
    public string Token { get; set; } = "1000001:local-emulator-token";

    /// <summary>The emulated bot's username.</summary>
    public string BotUsername { get; set; } = "NaaKioskBot";

    /// <summary>The emulated bot's display name.</summary>
    public string BotName { get; set; } = "NAAchbarschaftskiosk";

    /// <summary>Messages per second over all chats before 429.</summary>
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per second into one private chat, after the burst.</summary>
    public int PerChatPerSecond { get; set; } = 1;

    /// <summary>Messages into one private chat at once before the pace applies.</summary>
    public int PerChatBurst { get; set; } = 3;

    /// <summary>Messages per minute into one group before 429.</summary>
    public int PerGroupPerMinute { get; set; } = 20;

    /// <summary>
    /// How long every Bot API call but getUpdates takes to be answered, in milliseconds (Telegram's own takes about 100
    /// ms for sendMessage), so that pacing and fairness can be measured offline.
    /// </summary>
    public int ResponseDelayMs { get; set; }

    /// <summary>Longest getUpdates long poll the server honours, in seconds (Telegram: 50).</summary>
    public int MaxPollSeconds { get; set; } = 50;
}

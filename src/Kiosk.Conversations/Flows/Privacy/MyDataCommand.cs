using System.Globalization;
using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Flows.Privacy;

/// <summary>/mydata: the person gets everything stored about them as a JSON file.</summary>
public static class MyDataCommand
{
    /// <summary>Sends the file with a short explanation, or says that nothing is stored.</summary>
    public static void Send(Turn turn)
    {
        if (turn.Member is not { } member)
        {
            turn.Say("mydata.nothing");
            return;
        }

        var date = turn.Time.LocalNow.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        turn.SendDocument($"my-data-{date}.json", MyDataDocument.Of(turn, member), turn.T("mydata.caption"));
    }
}

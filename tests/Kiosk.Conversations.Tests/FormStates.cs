using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Forms;

namespace Kiosk.Conversations.Tests;

/// <summary>The draft of the form a chat is filling, for assertions.</summary>
internal static class FormStates
{
    public static OfferDraft? OfferDraft(this ChatState state) => (state.Active as FillingOffer)?.Draft;

    public static HelpRequestDraft? RequestDraft(this ChatState state) => (state.Active as FillingRequest)?.Draft;
}

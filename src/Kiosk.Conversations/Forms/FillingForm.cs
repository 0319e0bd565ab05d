using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Forms;

/// <summary>A chat filling one of the two forms: where the form is.</summary>
public abstract class FillingForm : FlowState
{
    /// <summary>The question being asked, and whether the summary was reached.</summary>
    public FormProgress Progress { get; set; } = new();
}

/// <summary>A newcomer writing (or changing) an offer.</summary>
public sealed class FillingOffer : FillingForm
{
    /// <summary>The offer so far.</summary>
    public OfferDraft Draft { get; set; } = new();
}

/// <summary>A neighbour writing a help request.</summary>
public sealed class FillingRequest : FillingForm
{
    /// <summary>The help request so far.</summary>
    public HelpRequestDraft Draft { get; set; } = new();
}

using Kiosk.Conversations.Delivery;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Telegram.Tests;

public sealed class StoreFailureShutdownTests
{
    [Fact]
    public void A_failing_store_stops_the_bot_with_exit_code_3_and_other_errors_are_left_to_the_caller()
    {
        var lifetime = new FakeLifetime();
        var shutdown = new StoreFailureShutdown(lifetime, NullLogger<StoreFailureShutdown>.Instance);
        var exitCode = Environment.ExitCode;
        try
        {
            Assert.False(shutdown.StopsFor(new InvalidOperationException("a bug in a flow")));
            Assert.Equal(0, lifetime.Stops);

            // LiteDB's internal checks throw plain exceptions whose source is LiteDB.
            Assert.True(shutdown.StopsFor(new Exception("LiteDB ENSURE: get only index below highest index") { Source = "LiteDB" }));
            Assert.True(shutdown.StopsFor(new InvalidOperationException("wrapped", new IOException("disk gone"))));
            Assert.Equal(2, lifetime.Stops);
            Assert.Equal(StoreFailureShutdown.ExitCode, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }
}

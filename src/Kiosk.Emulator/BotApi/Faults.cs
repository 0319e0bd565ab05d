using System.Collections.Concurrent;

namespace Kiosk.Emulator.BotApi;

/// <summary>A planned failure: the next <see cref="Count"/> calls of <see cref="Method"/> fail with the code.</summary>
public sealed record Fault(string Method, int ErrorCode, int? RetryAfter, int Count, string? Description);

/// <summary>Fault injection: planned failures per method, consumed one call at a time.</summary>
public sealed class Faults
{
    private readonly ConcurrentDictionary<string, Queue<ApiError>> planned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plans a fault.</summary>
    public void Add(Fault fault)
    {
        var queue = planned.GetOrAdd(fault.Method, _ => new Queue<ApiError>());
        lock (queue)
        {
            var description = fault.Description ?? fault.ErrorCode switch
            {
                429 => $"Too Many Requests: retry after {fault.RetryAfter ?? 1}",
                403 => "Forbidden: bot was blocked by the user",
                400 => "Bad Request: injected fault",
                _ => "Internal Server Error: injected fault",
            };
            for (var i = 0; i < fault.Count; i++)
            {
                queue.Enqueue(new ApiError(fault.ErrorCode, description, fault.ErrorCode == 429 ? fault.RetryAfter ?? 1 : fault.RetryAfter));
            }
        }
    }

    /// <summary>Throws the next planned fault of <paramref name="method"/>, if any.</summary>
    public void ThrowIfPlanned(string method)
    {
        if (planned.TryGetValue(method, out var queue))
        {
            lock (queue)
            {
                if (queue.TryDequeue(out var error))
                {
                    throw error;
                }
            }
        }
    }
}

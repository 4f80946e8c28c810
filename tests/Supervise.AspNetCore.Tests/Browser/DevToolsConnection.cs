using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supervise.AspNetCore.Tests.Browser;

/// <summary>
/// The Chrome DevTools Protocol over one WebSocket to the browser: commands matched to their replies
/// by id, and events handed to whoever waits for them. Pages are reached through flattened sessions.
/// </summary>
public sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _replies = new();
    private readonly object _gate = new();
    private readonly List<(string Method, string? SessionId, TaskCompletionSource<JsonElement> Fired)> _eventWaiters = [];
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;
    private int _lastId;

    public static async Task<DevToolsConnection> ConnectAsync(Uri browserEndpoint)
    {
        var connection = new DevToolsConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await Guard.Within(connection._socket.ConnectAsync(browserEndpoint, CancellationToken.None));
        connection._receiving = Task.Run(connection.ReceiveAsync);
        return connection;
    }

    /// <summary>Sends a command and returns its <c>result</c>; a protocol error becomes an exception naming the command.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, string? sessionId = null)
    {
        var id = Interlocked.Increment(ref _lastId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }

        return await Guard.Within(reply.Task);
    }

    /// <summary>Completes with the event's <c>params</c> the next time it fires; call before the action that fires it.</summary>
    public Task<JsonElement> NextEventAsync(string method, string? sessionId)
    {
        var fired = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _eventWaiters.Add((method, sessionId, fired));
        }

        return Guard.Within(fired.Task);
    }

    public async ValueTask DisposeAsync()
    {
        _closing.Cancel();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception exception) when (exception is WebSocketException or TimeoutException or OperationCanceledException)
            {
                // The browser may already be gone; the socket is aborted below either way.
            }
        }

        _socket.Abort();
        await _receiving.ContinueWith(static _ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _sending.Dispose();
        _closing.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                    message.SetLength(0);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Closed: whatever still waits fails below rather than hanging.
        }

        var closed = new InvalidOperationException("The connection to the browser closed.");
        foreach (var reply in _replies.Values)
        {
            reply.TrySetException(closed);
        }
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id))
        {
            if (_replies.TryRemove(id.GetInt32(), out var reply))
            {
                if (message.TryGetProperty("error", out var error))
                {
                    reply.TrySetException(new InvalidOperationException("DevTools: " + error.GetRawText()));
                }
                else
                {
                    reply.TrySetResult(message.GetProperty("result"));
                }
            }

            return;
        }

        var method = message.GetProperty("method").GetString();
        var sessionId = message.TryGetProperty("sessionId", out var session) ? session.GetString() : null;
        List<TaskCompletionSource<JsonElement>> fired;
        lock (_gate)
        {
            fired = _eventWaiters.Where(waiter => waiter.Method == method && waiter.SessionId == sessionId).Select(waiter => waiter.Fired).ToList();
            _eventWaiters.RemoveAll(waiter => waiter.Method == method && waiter.SessionId == sessionId);
        }

        var parameters = message.TryGetProperty("params", out var value) ? value : default;
        fired.ForEach(waiter => waiter.TrySetResult(parameters));
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ToolGen.Tests.Chat;

/// <summary>
/// A real HTTP server on 127.0.0.1 for the loop's tests: each request's body is recorded and answered by the next step of
/// a script, which writes the response itself (all at once, in flushed pieces, or cut off by an abort).
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<Func<HttpListenerResponse, Task>> _script = new();
    private readonly Task _loop;

    public LoopbackServer()
    {
        // HttpListener cannot take port 0: borrow a free port from the OS first.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseAddress = new Uri("http://127.0.0.1:" + port + "/v1/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public List<string> Bodies { get; } = new();

    public List<string> Paths { get; } = new();

    public LoopbackServer Then(Func<HttpListenerResponse, Task> respond)
    {
        lock (_script)
        {
            _script.Enqueue(respond);
        }

        return this;
    }

    /// <summary>Answers with the whole body at once.</summary>
    public LoopbackServer Then(string json, int status = 200) => Then(response => WriteAsync(response, status, "application/json", json, pieces: 1));

    /// <summary>Answers with server-sent events written in flushed pieces.</summary>
    public LoopbackServer ThenStream(string sse, int pieces = 5) => Then(response => WriteAsync(response, 200, "text/event-stream", sse, pieces));

    /// <summary>Sends the first bytes of a body, then drops the connection.</summary>
    public LoopbackServer ThenCutOff(string body, string contentType) => Then(async response =>
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.SendChunked = true;
        await response.OutputStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await response.OutputStream.FlushAsync();
        response.Abort();
    });

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string contentType, string body, int pieces)
    {
        var bytes = Encoding.UTF8.GetBytes(body.Replace("\r\n", "\n"));
        response.StatusCode = status;
        response.ContentType = contentType;
        response.SendChunked = pieces > 1;
        if (pieces == 1)
        {
            response.ContentLength64 = bytes.Length;
        }

        var size = (bytes.Length + pieces - 1) / pieces;
        for (var at = 0; at < bytes.Length; at += size)
        {
            await response.OutputStream.WriteAsync(bytes.AsMemory(at, Math.Min(size, bytes.Length - at)));
            await response.OutputStream.FlushAsync();
        }

        response.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                lock (Bodies)
                {
                    Bodies.Add(body);
                    Paths.Add(context.Request.Url!.PathAndQuery);
                }
            }

            Func<HttpListenerResponse, Task>? respond;
            lock (_script)
            {
                _script.TryDequeue(out respond);
            }

            if (respond is null)
            {
                await WriteAsync(context.Response, 500, "application/json", """{"error":{"message":"The test script has run out."}}""", 1);
            }
            else
            {
                await respond(context.Response);
            }
        }
    }
}

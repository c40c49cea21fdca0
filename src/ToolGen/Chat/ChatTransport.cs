using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Providers;
using ToolGen.Streaming;

namespace ToolGen.Chat;

/// <summary>
/// The HTTP side of the chat loop: sends one request body, retries on 429/503/529 honouring <c>Retry-After</c>, applies
/// the per-request timeout, and hands the body (whole, or streamed through the codec's reader) to the codec.
/// </summary>
internal static class ChatTransport
{
    private const int BufferSize = 16 * 1024;
    private static readonly TimeSpan MaxServerDelay = TimeSpan.FromMinutes(1);

    public static async Task<ChatTurn> SendAsync(
        HttpClient client, ChatCodec codec, ChatLoopOptions options, byte[] body, string path, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = options.RequestTimeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout?.CancelAfter(options.RequestTimeout!.Value);
            var token = timeout?.Token ?? cancellationToken;
            try
            {
                using var request = CreateRequest(codec, options, body, path);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return options.Stream
                        ? await ReadStreamAsync(codec, response, options.StreamUpdate, token).ConfigureAwait(false)
                        : codec.ReadResponse(await ReadBodyAsync(response, token).ConfigureAwait(false));
                }

                var errorBody = await ReadBodyAsync(response, token).ConfigureAwait(false);
                if (attempt < options.MaxRetries && IsRetryable(response.StatusCode))
                {
                    var delay = options.RetryDelay is { } rule ? rule(attempt + 1, ServerDelay(response)) : DefaultDelay(attempt + 1, ServerDelay(response));
                    await (options.Delay ?? Task.Delay)(delay, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw HttpError(codec, response, errorBody);
            }
            catch (OperationCanceledException ex) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    "The " + codec.Name + " request did not complete within " + options.RequestTimeout!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s (ChatLoopOptions.RequestTimeout).",
                    ex);
            }
        }
    }

    private static HttpRequestMessage CreateRequest(ChatCodec codec, ChatLoopOptions options, byte[] body, string path)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.RelativeOrAbsolute)) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(options.Stream ? "text/event-stream" : "application/json"));
        codec.AddHeaders(request.Headers, options.ApiKey);
        return request;
    }

    private static async Task<ChatTurn> ReadStreamAsync(ChatCodec codec, HttpResponseMessage response, Action<ChatStreamUpdate>? onUpdate, CancellationToken cancellationToken)
    {
        var reader = codec.CreateStreamReader();
        var updates = new List<ChatStreamUpdate>();
#if NET5_0_OR_GREATER
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            reader.Feed(new ReadOnlySpan<byte>(buffer, 0, read), updates);
            Publish(updates, onUpdate);
        }

        reader.Complete(updates);
        Publish(updates, onUpdate);
        return codec.ReadStream(reader);
    }

    private static void Publish(List<ChatStreamUpdate> updates, Action<ChatStreamUpdate>? onUpdate)
    {
        if (onUpdate is not null)
        {
            foreach (var update in updates)
            {
                onUpdate(update);
            }
        }

        updates.Clear();
    }

    private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
#if NET5_0_OR_GREATER
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        cancellationToken.ThrowIfCancellationRequested();
        return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        (int)status is 429 or 503 or 529; // 529: Anthropic's "overloaded_error".

    /// <summary>The server's requested delay: <c>retry-after-ms</c> (OpenAI), else <c>Retry-After</c> as seconds or a date.</summary>
    private static TimeSpan? ServerDelay(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var values))
        {
            foreach (var value in values)
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
                {
                    return TimeSpan.FromMilliseconds(ms);
                }
            }
        }

        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static TimeSpan DefaultDelay(int attempt, TimeSpan? server)
    {
        if (server is { } requested)
        {
            return requested < MaxServerDelay ? requested : MaxServerDelay;
        }

        return TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
    }

    private static HttpRequestException HttpError(ChatCodec codec, HttpResponseMessage response, byte[] body)
    {
        var message = "The " + codec.Name + " endpoint answered HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) +
            (string.IsNullOrEmpty(response.ReasonPhrase) ? string.Empty : " (" + response.ReasonPhrase + ")") +
            ": " + codec.ReadErrorText(body);
#if NET5_0_OR_GREATER
        return new HttpRequestException(message, null, response.StatusCode);
#else
        return new HttpRequestException(message);
#endif
    }
}

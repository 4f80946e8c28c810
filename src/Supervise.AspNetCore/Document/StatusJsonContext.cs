using System.Text.Json.Serialization;

namespace Supervise.AspNetCore;

/// <summary>The document's serializer, generated at compile time: no reflection, so trimmed and AOT-published apps serve the same JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StatusDocument))]
internal sealed partial class StatusJsonContext : JsonSerializerContext
{
}

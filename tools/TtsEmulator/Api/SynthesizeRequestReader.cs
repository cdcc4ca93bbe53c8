using System.Text;
using System.Xml;
using System.Xml.Linq;
using GrandBy.TtsEmulator.Synthesis;

namespace GrandBy.TtsEmulator.Api;

/// <summary>Checks a request as strictly as Google does and reduces it to a <see cref="SynthesisKey"/>, or to the 400 message.</summary>
internal static class SynthesizeRequestReader
{
    public const int MaxInputBytes = 5000;

    private static readonly string[] KnownEncodings = ["AUDIO_ENCODING_UNSPECIFIED", "LINEAR16", "MP3", "OGG_OPUS", "MULAW", "ALAW", "PCM", "M4A"];

    public static bool TryRead(SynthesizeSpeechRequest request, out SynthesisKey key, out string error)
    {
        key = null!;
        error = InputError(request.Input) ?? VoiceError(request.Voice) ?? AudioConfigError(request.AudioConfig) ?? string.Empty;
        if (error.Length > 0)
        {
            return false;
        }

        var input = request.Input!;
        var text = string.IsNullOrEmpty(input.Ssml) ? input.Text! : SsmlText(input.Ssml, out error);
        if (error.Length > 0)
        {
            return false;
        }

        var audio = request.AudioConfig!;
        key = new SynthesisKey(
            text,
            request.Voice!.LanguageCode!,
            request.Voice.Name ?? string.Empty,
            audio.AudioEncoding!,
            audio.SpeakingRate == 0 ? 1.0 : audio.SpeakingRate,
            audio.Pitch);
        return true;
    }

    private static string? InputError(SynthesisInput? input)
    {
        var hasText = !string.IsNullOrEmpty(input?.Text);
        var hasSsml = !string.IsNullOrEmpty(input?.Ssml);
        if (!hasText && !hasSsml)
        {
            return "Either `input.text` or `input.ssml` is required.";
        }

        if (hasText && hasSsml)
        {
            return "Invalid JSON payload received. Only one of `input.text` or `input.ssml` may be set (oneof input_source).";
        }

        var bytes = Encoding.UTF8.GetByteCount(hasText ? input!.Text! : input!.Ssml!);
        return bytes > MaxInputBytes
            ? $"Either `input.text` or `input.ssml` is longer than the limit of {MaxInputBytes} bytes. This limit is different from quotas. To fix, reduce the byte length of the characters in this request, or consider using the Long Audio API: https://cloud.google.com/text-to-speech/docs/create-audio-text-long-audio-synthesis."
            : null;
    }

    private static string? VoiceError(VoiceSelectionParams? voice) =>
        string.IsNullOrWhiteSpace(voice?.LanguageCode) ? "Invalid 'voice': `voice.language_code` is required." : null;

    private static string? AudioConfigError(AudioConfig? audio)
    {
        if (audio is null || string.IsNullOrEmpty(audio.AudioEncoding) || audio.AudioEncoding == KnownEncodings[0])
        {
            return "Invalid 'audio_config': `audio_config.audio_encoding` is required.";
        }

        if (!KnownEncodings.Contains(audio.AudioEncoding, StringComparer.Ordinal))
        {
            return $"Invalid value at 'audio_config.audio_encoding' (type.googleapis.com/google.cloud.texttospeech.v1.AudioEncoding), \"{audio.AudioEncoding}\"";
        }

        if (audio.AudioEncoding is not (AudioEncodings.MuLaw or AudioEncodings.Linear16))
        {
            return $"Unsupported audio_encoding {audio.AudioEncoding}: the emulator produces {AudioEncodings.MuLaw} and {AudioEncodings.Linear16} only.";
        }

        if (audio.SampleRateHertz is not (0 or AudioEncodings.SampleRate))
        {
            return $"Unsupported sample_rate_hertz {audio.SampleRateHertz}: the emulator produces {AudioEncodings.SampleRate} Hz only.";
        }

        if (audio.SpeakingRate != 0 && audio.SpeakingRate is < 0.25 or > 4.0)
        {
            return $"Invalid 'audio_config.speaking_rate' {audio.SpeakingRate}: must be between 0.25 and 4.0.";
        }

        return audio.Pitch is < -20.0 or > 20.0 ? $"Invalid 'audio_config.pitch' {audio.Pitch}: must be between -20.0 and 20.0." : null;
    }

    private static string SsmlText(string ssml, out string error)
    {
        error = string.Empty;
        try
        {
            var root = XDocument.Parse(ssml).Root;
            if (root?.Name.LocalName != "speak")
            {
                error = "Invalid SSML: the root element must be <speak>.";
                return string.Empty;
            }

            return root.Value;
        }
        catch (XmlException exception)
        {
            error = $"Invalid SSML: {exception.Message}";
            return string.Empty;
        }
    }
}

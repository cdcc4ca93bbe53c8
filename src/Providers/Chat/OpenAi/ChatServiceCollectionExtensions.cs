using GrandBy.Providers.Chat;
using GrandBy.Providers.Chat.OpenAi;
using GrandBy.Providers.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IChatResponder"/> on Azure OpenAI or an OpenAI-compatible endpoint, options from section <c>Chat</c>, validated at start.</summary>
    public static IServiceCollection AddChatResponder(this IServiceCollection services)
    {
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatOptions>, ChatOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<ProvidersMetrics>();
        services.TryAddSingleton<IChatResponder, OpenAiChatResponder>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.Providers.Tests.Support;

/// <summary>A container with the given configuration, as the host would build it.</summary>
internal static class ProviderServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, Func<IServiceCollection, IServiceCollection> register)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

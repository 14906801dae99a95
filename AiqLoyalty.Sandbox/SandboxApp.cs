using AiqLoyalty.Sandbox.Endpoints;
using AiqLoyalty.Sandbox.Faults;
using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Messaging;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox;

/// <summary>Builds the sandbox web application; shared by <c>Program</c> and <see cref="SandboxHost"/>.</summary>
public static class SandboxApp
{
    /// <summary>Builds (does not start) the app. URLs are not checked here: callers pass loopback ones.</summary>
    public static WebApplication Build(SandboxOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddSingleton(new SandboxState(options.Seed, options.TimeProvider));
        builder.Services.AddSingleton(new CodePrinter(options.CodeOutput));

        var app = builder.Build();
        app.Urls.Clear();
        foreach (var url in options.Urls)
            app.Urls.Add(url);

        app.UseMiddleware<ErrorBodyMiddleware>();
        app.UseRouting();
        app.UseMiddleware<CallCounterMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<ApiKeyMiddleware>();

        app.MapGroup("/api/v2").MapWalletEndpoints();
        app.MapGroup("/api/v2").MapLoyaltyEndpoints();
        app.MapGroup("/api/v1.1").AddEndpointFilter<UidFilter>().MapAccountEndpoints();
        var control = app.MapGroup(ApiPaths.ControlPrefix);
        control.MapControlEndpoints();
        control.MapFaultEndpoints();
        app.MapFallback("{*path}", () => ApiResponses.Error(StatusCodes.Status404NotFound, Messages.NotFound));
        return app;
    }
}

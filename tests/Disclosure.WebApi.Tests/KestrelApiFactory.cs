using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.WebApi.Tests;

/// <summary>
/// Hosts the web sample on a real Kestrel port on 127.0.0.1 (a browser cannot reach the in-memory TestServer), with the
/// same fake clock as <see cref="ApiFactory"/>.
/// </summary>
public sealed class KestrelApiFactory : ApiFactory
{
    public KestrelApiFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server (once) and gets its address, for example http://127.0.0.1:41234.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single());
        }
    }
}

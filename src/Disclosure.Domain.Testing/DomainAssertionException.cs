namespace Disclosure.Domain.Testing;

/// <summary>
/// Thrown by <see cref="DomainAssert"/> when an expectation about the domain does not hold. Test frameworks report it
/// as a failed test; its message says what was expected and what the domain answered.
/// </summary>
/// <remarks>Not thread-safe to mutate (as any exception); the test kit never shares instances.</remarks>
public sealed class DomainAssertionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DomainAssertionException"/> class.</summary>
    public DomainAssertionException()
        : base("A domain expectation failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DomainAssertionException"/> class with a message.</summary>
    /// <param name="message">What was expected and what the domain answered.</param>
    public DomainAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DomainAssertionException"/> class with a message and a cause.</summary>
    /// <param name="message">What was expected and what the domain answered.</param>
    /// <param name="innerException">The exception the domain threw while answering.</param>
    public DomainAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

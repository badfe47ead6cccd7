namespace FairNotice.Domain;

/// <summary>The one error type: a stable machine code and a message a person can read.</summary>
/// <remarks>Errors are values returned by decisions; exceptions are reserved for bugs.</remarks>
public abstract record Error(string Code, string Message)
{
    /// <summary>The message as a key and arguments, for a page to show it in its language; null when the message has no template.</summary>
    public LocalMessage? Local { get; init; }
}

/// <summary>The object does not exist, or the caller may not know that it exists.</summary>
public sealed record NotFoundError(string Code, string Message) : Error(Code, Message);

/// <summary>The request is well formed but clashes with the current state.</summary>
public sealed record ConflictError(string Code, string Message) : Error(Code, Message);

/// <summary>The caller is known but not allowed to do this.</summary>
public sealed record ForbiddenError(string Code, string Message) : Error(Code, Message);

/// <summary>One or more fields are invalid; each entry names the field (JSON path style) and what is wrong.</summary>
public sealed record InvalidError(string Code, string Message, IReadOnlyDictionary<string, string[]> Fields)
    : Error(Code, Message)
{
    /// <summary>The same messages as keys and arguments, for a page to show them in its language; null when they have no
    /// templates. The API answers <see cref="Fields"/>.</summary>
    public IReadOnlyDictionary<string, LocalMessage[]>? LocalFields { get; init; }
}

/// <summary>The content is well formed but refused (a virus scanner found malware in an upload); each entry names the field.</summary>
public sealed record UnacceptableContentError(string Code, string Message, IReadOnlyDictionary<string, string[]> Fields)
    : Error(Code, Message);

/// <summary>Something the request depends on (a virus scanner, the database) does not answer: nothing was changed, and the
/// caller may retry after <paramref name="RetryAfterSeconds"/>.</summary>
public sealed record UnavailableError(string Code, string Message, int RetryAfterSeconds) : Error(Code, Message);

/// <summary>Either a value or an error; the result of every decision.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The error, or null on success.</summary>
    public Error? Error { get; }

    /// <summary>True when there is a value.</summary>
    public bool IsOk => Error is null;

    /// <summary>The value; throws when the result is an error (a bug in the caller).</summary>
    public T Value => IsOk ? _value! : throw new InvalidOperationException($"Result is an error: {Error!.Code}");

    /// <summary>Wraps a value.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    /// <summary>Wraps an error.</summary>
    public static Result<T> Fail(Error error) => new(default, error);

    /// <summary>Implicit success.</summary>
    public static implicit operator Result<T>(T value) => Ok(value);

    /// <summary>Implicit failure.</summary>
    public static implicit operator Result<T>(Error error) => Fail(error);
}

using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FairNotice.Web.Tests.Features;

/// <summary>Issue #14 item 4: features depend on each other in one direction only. Read from the compiled host (IL, not
/// source text), so a reference through a sibling namespace (<c>Compliance.X</c> inside <c>Features.Notices</c>), a
/// <c>using</c>, a lambda or an async method counts alike.</summary>
public sealed class FeatureDependencyTests
{
    private const string FeaturesPrefix = "FairNotice.Web.Features.";

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(Build);

    [Fact]
    public void Notices_DependsOnNoComplianceType()
    {
        // Compliance uses Notices' records; Notices reaches the checks through INoticeCompliance, which Compliance implements.
        Assert.DoesNotContain("Compliance", Graph.Value["Notices"]);
        Assert.Contains("Notices", Graph.Value["Compliance"]);
    }

    [Fact]
    public void Features_NoTwoDependOnEachOther()
    {
        var mutual = Graph.Value.SelectMany(from => from.Value.Where(to => string.CompareOrdinal(from.Key, to) < 0 && Graph.Value.TryGetValue(to, out var back) && back.Contains(from.Key))
            .Select(to => $"{from.Key} <-> {to}")).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(mutual);
    }

    [Fact]
    public void Graph_SeesAReferenceThroughASiblingNamespace()
    {
        // The test is only as good as its reader: Redress calls Compliance's precedents as `Compliance.Precedents.RecordPrecedent`
        // (no using) inside an async method, whose body the compiler moves into a nested state machine.
        Assert.Contains("Compliance", Graph.Value["Redress"]);
    }

    private static Dictionary<string, HashSet<string>> Build()
    {
        using var module = ModuleDefinition.ReadModule(typeof(Program).Assembly.Location);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            if (FeatureOf(type) is not { } from)
            {
                continue;
            }

            var uses = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in References(type).Select(FeatureOf).OfType<string>().Where(f => f != from))
            {
                uses.Add(used);
            }
        }

        return graph;
    }

    // The feature a type belongs to: the first segment after "FairNotice.Web.Features." of its (outermost) namespace.
    private static string? FeatureOf(TypeReference? type)
    {
        while (type is { IsNested: true })
        {
            type = type.DeclaringType;
        }

        if (type?.Namespace is not { } ns || !ns.StartsWith(FeaturesPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[FeaturesPrefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            foreach (var t in Expand(type.BaseType))
            {
                yield return t;
            }
        }

        foreach (var t in type.Interfaces.SelectMany(i => Expand(i.InterfaceType)))
        {
            yield return t;
        }

        foreach (var t in type.Fields.SelectMany(f => Expand(f.FieldType)).Concat(type.Properties.SelectMany(p => Expand(p.PropertyType))))
        {
            yield return t;
        }

        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType).Concat(method.Parameters.SelectMany(p => Expand(p.ParameterType))))
            {
                yield return t;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var t in method.Body.Variables.SelectMany(v => Expand(v.VariableType)))
            {
                yield return t;
            }

            foreach (var instruction in method.Body.Instructions)
            {
                var operands = instruction.Operand switch
                {
                    TypeReference t => Expand(t),
                    MethodReference m => Expand(m.DeclaringType).Concat(Expand(m.ReturnType)).Concat(m.Parameters.SelectMany(p => Expand(p.ParameterType)))
                        .Concat(m is GenericInstanceMethod g ? g.GenericArguments.SelectMany(Expand) : []),
                    FieldReference f => Expand(f.DeclaringType).Concat(Expand(f.FieldType)),
                    _ => [],
                };
                foreach (var t in operands)
                {
                    yield return t;
                }
            }
        }
    }

    // A type and the types inside it: generic arguments, the generic type itself, array and by-ref element types.
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type;
        if (type is GenericInstanceType generic)
        {
            foreach (var t in generic.GenericArguments.SelectMany(Expand))
            {
                yield return t;
            }
        }

        if (type is TypeSpecification spec)
        {
            foreach (var t in Expand(spec.ElementType))
            {
                yield return t;
            }
        }
    }
}

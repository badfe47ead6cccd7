#!/usr/bin/env python3
"""Writes a CycloneDX 1.5 JSON SBOM of every NuGet package (direct and transitive) the shipped projects use, from
`dotnet list package --include-transitive --format json`, plus the vendored JavaScript libraries in wwwroot/lib.
Usage: tools/supply-chain/sbom.py [output]   (default docs/sbom.cdx.json). Needs a restored solution."""
import json, os, subprocess, sys, uuid, datetime

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PROJECTS = ["src/FairNotice.Web/FairNotice.Web.csproj", "src/FairNotice.Domain/FairNotice.Domain.csproj", "src/FairNotice.Cli/FairNotice.Cli.csproj"]
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "sbom.cdx.json")

components, deps = {}, {}
for project in PROJECTS:
    listing = json.loads(subprocess.run(["dotnet", "list", os.path.join(ROOT, project), "package", "--include-transitive", "--format", "json"],
                                        check=True, capture_output=True, text=True, cwd=ROOT).stdout)
    for p in listing.get("projects", []):
        name = os.path.splitext(os.path.basename(p["path"]))[0]
        for fw in p.get("frameworks", []):
            for kind in ("topLevelPackages", "transitivePackages"):
                for pkg in fw.get(kind, []):
                    version = pkg.get("resolvedVersion")
                    purl = f"pkg:nuget/{pkg['id']}@{version}"
                    components.setdefault(purl, {"type": "library", "bom-ref": purl, "name": pkg["id"], "version": version, "purl": purl,
                                                 "scope": "required", "properties": []})
                    tag = f"{name}:{'direct' if kind == 'topLevelPackages' else 'transitive'}"
                    props = components[purl]["properties"]
                    if {"name": "fairnotice:used-by", "value": tag} not in props:
                        props.append({"name": "fairnotice:used-by", "value": tag})
                    if kind == "topLevelPackages":
                        deps.setdefault(name, set()).add(purl)

lib = os.path.join(ROOT, "src", "FairNotice.Web", "wwwroot", "lib")
for entry in sorted(e for e in os.listdir(lib) if os.path.isdir(os.path.join(lib, e))) if os.path.isdir(lib) else []:
    meta = os.path.join(lib, entry, "package.json")
    version = json.load(open(meta)).get("version") if os.path.exists(meta) else None
    ref = f"pkg:npm/@noble/{entry.removeprefix('noble-')}@{version}" if entry.startswith("noble-") and version else f"vendored:{entry}"
    components[ref] = {"type": "library", "bom-ref": ref, "name": entry, "version": version or "see wwwroot/lib/README.md", "scope": "required",
                       "properties": [{"name": "fairnotice:used-by", "value": "FairNotice.Web:vendored wwwroot/lib/" + entry}]}
    if ref.startswith("pkg:"):
        components[ref]["purl"] = ref

bom = {
    "bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": f"urn:uuid:{uuid.uuid4()}", "version": 1,
    "metadata": {"timestamp": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "tools": {"components": [{"type": "application", "name": "tools/supply-chain/sbom.py"}]},
                 "component": {"type": "application", "bom-ref": "fairnotice", "name": "FairNotice"}},
    "components": sorted(components.values(), key=lambda c: c["bom-ref"]),
    "dependencies": [{"ref": "fairnotice", "dependsOn": sorted(set().union(*deps.values()) | {r for r in components if not r.startswith("pkg:nuget")})}],
}
with open(out, "w") as f:
    json.dump(bom, f, indent=1)
    f.write("\n")
print(f"{len(components)} components -> {os.path.relpath(out, ROOT)}")

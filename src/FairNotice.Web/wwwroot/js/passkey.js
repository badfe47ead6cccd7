// Passkeys (WebAuthn) for forms marked data-passkey="create" or "get": on submit, asks the browser for a new credential or
// an assertion with the server's options (data-options), puts the browser's answer, as JSON, into the form's hidden
// "Credential" field and sends the form. A static file because the Content-Security-Policy allows no inline script.
(function () {
    "use strict";

    function fromB64u(s) {
        const b64 = s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4);
        const bin = atob(b64);
        const out = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
        return out.buffer;
    }

    function toB64u(buffer) {
        const bytes = new Uint8Array(buffer);
        let bin = "";
        for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
        return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    // The JSON helpers are recent (Chromium 129, Firefox 119, Safari 18.4); the fallbacks do the same by hand.
    function creationOptions(json) {
        if (PublicKeyCredential.parseCreationOptionsFromJSON) return PublicKeyCredential.parseCreationOptionsFromJSON(json);
        json.challenge = fromB64u(json.challenge);
        json.user.id = fromB64u(json.user.id);
        (json.excludeCredentials || []).forEach(function (c) { c.id = fromB64u(c.id); });
        return json;
    }

    function requestOptions(json) {
        if (PublicKeyCredential.parseRequestOptionsFromJSON) return PublicKeyCredential.parseRequestOptionsFromJSON(json);
        json.challenge = fromB64u(json.challenge);
        (json.allowCredentials || []).forEach(function (c) { c.id = fromB64u(c.id); });
        return json;
    }

    function credentialJson(credential) {
        if (typeof credential.toJSON === "function") return JSON.stringify(credential.toJSON());
        const r = credential.response;
        const response = { clientDataJSON: toB64u(r.clientDataJSON) };
        if (r.attestationObject) {
            response.attestationObject = toB64u(r.attestationObject);
            response.transports = typeof r.getTransports === "function" ? r.getTransports() : [];
        } else {
            response.authenticatorData = toB64u(r.authenticatorData);
            response.signature = toB64u(r.signature);
            response.userHandle = r.userHandle ? toB64u(r.userHandle) : null;
        }
        return JSON.stringify({
            id: credential.id, rawId: toB64u(credential.rawId), type: credential.type, response: response,
            authenticatorAttachment: credential.authenticatorAttachment || null,
            clientExtensionResults: credential.getClientExtensionResults()
        });
    }

    document.querySelectorAll("form[data-passkey]").forEach(function (form) {
        const status = form.querySelector("[data-passkey-status]");
        const say = function (text) { if (status) status.textContent = text; };
        form.addEventListener("submit", async function (event) {
            event.preventDefault();
            if (!window.PublicKeyCredential || !navigator.credentials) {
                say("This browser cannot use passkeys.");
                return;
            }
            const options = JSON.parse(form.dataset.options);
            try {
                const credential = form.dataset.passkey === "create"
                    ? await navigator.credentials.create({ publicKey: creationOptions(options) })
                    : await navigator.credentials.get({ publicKey: requestOptions(options) });
                if (!credential) {
                    say("No passkey was used.");
                    return;
                }
                form.querySelector("input[name=Credential]").value = credentialJson(credential);
                say("Checking…");
                form.submit(); // does not fire "submit" again
            } catch (e) {
                say(e && e.name === "NotAllowedError" ? "The passkey request was cancelled or timed out. Try again." : "The passkey could not be used: " + (e && e.message ? e.message : e));
            }
        });
    });
})();

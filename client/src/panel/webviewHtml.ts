// The Compare Sources webview's HTML shell: a strict CSP (nothing but our own script by nonce and
// our own stylesheets and font), no article text — the script builds the DOM with textContent.
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

export function nonce(): string {
  return randomBytes(18).toString('base64url');
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, Uri: typeof vscode.Uri): string {
  const asset = (...p: string[]) => webview.asWebviewUri(Uri.joinPath(extensionUri, ...p)).toString();
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('dist', 'webview.css')}">
<title>Compare Sources</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="empty">Loading…</p></main>
<script nonce="${n}" src="${asset('dist', 'webview.js')}"></script>
</body>
</html>`;
}

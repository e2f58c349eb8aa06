// The language server: wires LSP requests to feature modules. No analysis lives here.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from './engine/corpus';
import { diagnosticsFor } from './features/diagnostics';

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  const corpus = new Corpus();

  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
    serverInfo: { name: 'newslens' },
  }));

  const publish = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    const analysis = corpus.upsert(uri, doc.getText());
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsFor(analysis, corpus.analysis()) });
  };

  documents.onDidOpen((e) => publish(e.document.uri));
  documents.onDidChangeContent((e) => publish(e.document.uri));
  documents.onDidClose((e) => {
    corpus.remove(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

if (require.main === module) startServer();

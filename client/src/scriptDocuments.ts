import { randomUUID } from 'node:crypto';
import {
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  type DocumentSelector,
  type FeatureState,
  type LanguageClient,
  type StaticFeature,
} from 'vscode-languageclient/node';

/**
 * Files other extensions own (VS Code 1.100 language ids `bat`, `powershell`, `shellscript`; `.reg` has no built-in
 * language) in which the server checks only the Windows Time and xntpd start-up lines. We contribute no language or
 * file association for them.
 */
export const SCRIPT_SELECTOR: DocumentSelector = [
  ...['bat', 'powershell', 'shellscript'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: '**/*.reg' },
  { scheme: 'file', pattern: '**/rc.config.d/netdaemons' },
  { scheme: 'file', pattern: '**/etc/rc.tcpip' },
];

/**
 * Keeps formatting, folding and the outline on our own languages: in scripts we would otherwise compete with the
 * owning extension's formatter (VS Code asks which to use) and replace indentation folding with nothing.
 * Runs after the built-in features on every (re)start, so their registrations are narrowed each time.
 */
export class ConfigFeaturesOnly implements StaticFeature {
  constructor(
    private readonly client: LanguageClient,
    private readonly selector: DocumentSelector,
  ) {}

  fillClientCapabilities(): void {}

  getState(): FeatureState {
    return { kind: 'static' };
  }

  initialize(): void {
    const features = [
      this.client.getFeature(DocumentFormattingRequest.method),
      this.client.getFeature(DocumentRangeFormattingRequest.method),
      this.client.getFeature(DocumentSymbolRequest.method),
      this.client.getFeature(FoldingRangeRequest.method),
    ];
    for (const feature of features) {
      // getFeature is typed as always present; a client without the feature has nothing to narrow.
      if ((feature as typeof feature | undefined) === undefined) continue;
      const state = feature.getState();
      // Nothing to narrow when the server does not offer the feature.
      if (state.kind !== 'document' || !state.registrations) continue;
      feature.clear();
      feature.register({ id: randomUUID(), registerOptions: { documentSelector: this.selector } });
    }
  }

  clear(): void {}
}

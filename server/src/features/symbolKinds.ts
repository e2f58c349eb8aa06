// LSP has no symbol kinds for news; these are the closest editors draw sensible icons for.
import { SymbolKind } from 'vscode-languageserver';
import type { EntityType } from '../engine/types';

export function entitySymbolKind(type: EntityType): SymbolKind {
  switch (type) {
    case 'person':
      return SymbolKind.Object;
    case 'organization':
      return SymbolKind.Class;
    case 'place':
      return SymbolKind.Namespace;
    default:
      return SymbolKind.Constant;
  }
}

export const CLAIM_SYMBOL_KIND = SymbolKind.Event;

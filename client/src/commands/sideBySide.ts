// "Open Two Sources Side by Side at Claim": the active source's passage of an aligned claim in the
// first column and another source's passage of the same claim (a conflicting one first) beside it.
import * as vscode from 'vscode';
import type { StoryLocation, StoryModel } from '../../../server/src/protocol';
import { openSideBySide, sameDocument } from '../locations';
import type { StoryService } from '../storyService';

type Claim = StoryModel['claims'][number];
type Cell = NonNullable<Claim['cells'][number]>;

/** The pair to show for a claim: the cell in `activeUri` (else the first), and the best other cell. */
export function pairFor(claim: Claim, activeUri: string | undefined): [StoryLocation, StoryLocation] | undefined {
  const cells = claim.cells.filter((c): c is Cell => c !== null);
  if (cells.length < 2) return undefined;
  const left = cells.find((c) => activeUri !== undefined && sameDocument(c.location.uri, activeUri)) ?? cells[0];
  const others = cells.filter((c) => c !== left);
  const right = others.find((c) => c.status !== left.status) ?? others.find((c) => c.status === 'conflict') ?? others[0];
  return [left.location, right.location];
}

/** The claim whose passage in `uri` holds `line`. */
export function claimAt(story: StoryModel, uri: string, line: number): Claim | undefined {
  return story.claims.find((claim) =>
    claim.cells.some((c) => c !== null && sameDocument(c.location.uri, uri) && c.location.range.start.line <= line && line <= c.location.range.end.line),
  );
}

export async function openTwoSources(stories: StoryService, claimId?: unknown): Promise<boolean> {
  const story = (await stories.refreshNow()).story;
  if (!story) {
    vscode.window.setStatusBarMessage('NewsLens: this article is not part of a story.', 3000);
    return false;
  }
  const editor = vscode.window.activeTextEditor;
  const activeUri = editor?.document.uri.toString() ?? stories.current.uri;
  let claim = typeof claimId === 'string' ? story.claims.find((c) => c.id === claimId) : undefined;
  if (!claim && editor) claim = claimAt(story, editor.document.uri.toString(), editor.selection.active.line);
  if (!claim || !pairFor(claim, activeUri)) {
    const picked = await vscode.window.showQuickPick(
      story.claims.filter((c) => pairFor(c, activeUri)).map((c) => ({ label: c.label, description: c.status, claim: c })),
      { placeHolder: 'Claim to compare in two sources' },
    );
    claim = picked?.claim;
  }
  const pair = claim && pairFor(claim, activeUri);
  if (!pair) return false;
  await openSideBySide(pair[0], pair[1]);
  return true;
}

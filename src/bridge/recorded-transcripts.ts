/**
 * The transcripts of issue 15's command families, each recorded from the official zkCli 3.8 beside it
 * (`npm run -s record -- src/bridge/testdata/NAME.txt > src/bridge/testdata/NAME.json`): ACLs and auth,
 * the super digest, quotas soft and enforced, tree queries, history/redo and usage errors.
 */
export const RECORDED_TRANSCRIPTS = ['acl', 'acl-super', 'quota', 'quota-enforced', 'tree-queries', 'history'];

// Fails loudly when scripts would silently run on the machine's Node 20 instead of
// the Node 22 installed from the npm `node` package (see STACK.md).
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  console.error(
    `[vanta] running on Node ${process.versions.node}, need >= 22. Run through \`npm start\` / \`npm test\` so node_modules/node/bin comes first on PATH.`,
  );
  process.exit(1);
}

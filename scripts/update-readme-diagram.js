#!/usr/bin/env node
// Regenerates the lifecycle diagram embedded in README.md from the machine (run after `npm run build`).
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { mermaidDiagram } = require('../dist/workflows/agreement.describe.js');

const file = join(__dirname, '..', 'README.md');
const readme = readFileSync(file, 'utf8');
const begin = '<!-- lifecycle-diagram:begin -->';
const end = '<!-- lifecycle-diagram:end -->';
const block = `${begin}\n\`\`\`mermaid\n${mermaidDiagram()}\`\`\`\n${end}`;
const next = readme.includes(begin) ? readme.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block) : readme;
if (next === readme && !readme.includes(begin)) throw new Error(`README.md has no ${begin} marker`);
writeFileSync(file, next);
console.log('README.md diagram updated');

/**
 * A small container for trained weights: a JSON header followed by raw little-endian float32 arrays. Written to a
 * temporary file and renamed, so a crash mid-write leaves the previous file intact.
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const MAGIC = 'WAYMARK1';

export interface Artifact<M> {
  meta: M;
  arrays: Record<string, Float32Array>;
}

export function writeArtifact<M>(file: string, artifact: Artifact<M>): void {
  const layout: Array<[string, number]> = Object.entries(artifact.arrays).map(([k, v]) => [k, v.length]);
  const header = Buffer.from(JSON.stringify({ meta: artifact.meta, layout }), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'ascii'), Buffer.alloc(4), header];
  parts[1]?.writeUInt32LE(header.length, 0);
  for (const [name] of layout) {
    const a = artifact.arrays[name] as Float32Array;
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, Buffer.concat(parts));
  renameSync(temp, file);
}

/** Reads an artifact, or returns undefined when the file is missing or not one of ours. */
export function readArtifact<M>(file: string): Artifact<M> | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length < 12 || data.toString('ascii', 0, 8) !== MAGIC) return undefined;
  const headerLength = data.readUInt32LE(8);
  const header = JSON.parse(data.toString('utf8', 12, 12 + headerLength)) as { meta: M; layout: Array<[string, number]> };
  let offset = 12 + headerLength;
  const arrays: Record<string, Float32Array> = {};
  for (const [name, length] of header.layout) {
    const bytes = data.subarray(offset, offset + length * 4);
    // Copy into an aligned buffer: Float32Array views need 4-byte alignment.
    arrays[name] = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    offset += length * 4;
  }
  if (offset !== data.length) return undefined;
  return { meta: header.meta, arrays };
}

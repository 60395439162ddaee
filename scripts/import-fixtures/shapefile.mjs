// Writes polygon shapefiles (.shp, .shx, .dbf) and zips, by hand, for the import fixtures: no
// shapefile writer is installed and the format is small. ESRI Shapefile Technical Description (1998);
// dBASE III header; zip with deflate (PKWARE APPNOTE), the way GIS tools usually zip shapefiles.
import { deflateRawSync } from 'node:zlib';

const POLYGON = 5;
const POINT = 1;

function bbox(points) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function header(buffer, lengthBytes, shapeType, box) {
  buffer.writeInt32BE(9994, 0);
  buffer.writeInt32BE(lengthBytes / 2, 24);
  buffer.writeInt32LE(1000, 28);
  buffer.writeInt32LE(shapeType, 32);
  box.forEach((v, i) => buffer.writeDoubleLE(v, 36 + i * 8));
}

/** Record contents: a polygon is a list of rings (shapefile winding: outer clockwise, holes anticlockwise). */
function content(shape, shapeType) {
  if (shapeType === POINT) {
    const b = Buffer.alloc(20);
    b.writeInt32LE(POINT, 0);
    b.writeDoubleLE(shape[0], 4);
    b.writeDoubleLE(shape[1], 12);
    return b;
  }
  const points = shape.flat();
  const b = Buffer.alloc(44 + 4 * shape.length + 16 * points.length);
  b.writeInt32LE(POLYGON, 0);
  bbox(points).forEach((v, i) => b.writeDoubleLE(v, 4 + i * 8));
  b.writeInt32LE(shape.length, 36);
  b.writeInt32LE(points.length, 40);
  let start = 0;
  shape.forEach((ring, i) => {
    b.writeInt32LE(start, 44 + 4 * i);
    start += ring.length;
  });
  const at = 44 + 4 * shape.length;
  points.forEach((p, i) => {
    b.writeDoubleLE(p[0], at + 16 * i);
    b.writeDoubleLE(p[1], at + 16 * i + 8);
  });
  return b;
}

/** .shp and .shx for shapes (polygons as ring lists, or points as [x, y]). */
export function shp(shapes, shapeType = POLYGON) {
  const contents = shapes.map((shape) => content(shape, shapeType));
  const all = shapeType === POINT ? shapes : shapes.flat(2);
  const box = bbox(all);
  const shpLength = 100 + contents.reduce((sum, c) => sum + 8 + c.length, 0);
  const shpBuffer = Buffer.alloc(shpLength);
  const shxBuffer = Buffer.alloc(100 + 8 * contents.length);
  header(shpBuffer, shpLength, shapeType, box);
  header(shxBuffer, shxBuffer.length, shapeType, box);
  let offset = 100;
  contents.forEach((c, i) => {
    shpBuffer.writeInt32BE(i + 1, offset);
    shpBuffer.writeInt32BE(c.length / 2, offset + 4);
    c.copy(shpBuffer, offset + 8);
    shxBuffer.writeInt32BE(offset / 2, 100 + 8 * i);
    shxBuffer.writeInt32BE(c.length / 2, 104 + 8 * i);
    offset += 8 + c.length;
  });
  return { shp: shpBuffer, shx: shxBuffer };
}

/** A dBASE III table of text fields (UTF-8, declared by a .cpg beside it). */
export function dbf(fields, rows) {
  const widths = fields.map((f) => Math.max(1, ...rows.map((r) => Buffer.byteLength(String(r[f] ?? '')))));
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const b = Buffer.alloc(headerLength + recordLength * rows.length + 1, 0x20);
  b.fill(0, 0, headerLength);
  b.writeUInt8(0x03, 0);
  b.writeUInt8(126, 1); // 2026
  b.writeUInt8(1, 2);
  b.writeUInt8(1, 3);
  b.writeUInt32LE(rows.length, 4);
  b.writeUInt16LE(headerLength, 8);
  b.writeUInt16LE(recordLength, 10);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    b.write(f, at, 10, 'latin1');
    b.write('C', at + 11, 'latin1');
    b.writeUInt8(widths[i], at + 16);
  });
  b.writeUInt8(0x0d, headerLength - 1);
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    b.write(' ', at++, 'latin1');
    fields.forEach((f, i) => {
      b.write(String(row[f] ?? ''), at, 'utf8');
      at += widths[i];
    });
  });
  b.writeUInt8(0x1a, b.length - 1);
  return b;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data) => {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A zip of { name: Buffer } entries, deflated. */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export { POINT, POLYGON };

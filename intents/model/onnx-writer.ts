/**
 * Writes the bundled model as an ONNX graph: a Gather from the embedding table, masked by the attention mask,
 * exposed as `last_hidden_state` so transformers.js' feature-extraction pipeline can pool it like any encoder.
 * The message definitions are the subset of onnx.proto (https://github.com/onnx/onnx/blob/main/onnx/onnx.proto)
 * this graph needs, with the official field numbers.
 */
import protobuf from 'protobufjs';

const ONNX_SUBSET = `
syntax = "proto3";
package onnx;
message AttributeProto {
  string name = 1; float f = 2; int64 i = 3; bytes s = 4; repeated int64 ints = 8; int32 type = 20;
}
message ValueInfoProto { string name = 1; TypeProto type = 2; }
message NodeProto {
  repeated string input = 1; repeated string output = 2; string name = 3; string op_type = 4;
  repeated AttributeProto attribute = 5; string domain = 7;
}
message ModelProto {
  int64 ir_version = 1; string producer_name = 2; string producer_version = 3; string doc_string = 6;
  GraphProto graph = 7; repeated OperatorSetIdProto opset_import = 8;
}
message GraphProto {
  repeated NodeProto node = 1; string name = 2; repeated TensorProto initializer = 5; string doc_string = 10;
  repeated ValueInfoProto input = 11; repeated ValueInfoProto output = 12;
}
message TensorProto {
  repeated int64 dims = 1; int32 data_type = 2; repeated int64 int64_data = 7; string name = 8; bytes raw_data = 9;
}
message TensorShapeProto {
  message Dimension { oneof value { int64 dim_value = 1; string dim_param = 2; } }
  repeated Dimension dim = 1;
}
message TypeProto {
  message Tensor { int32 elem_type = 1; TensorShapeProto shape = 2; }
  oneof value { Tensor tensor_type = 1; }
}
message OperatorSetIdProto { string domain = 1; int64 version = 2; }
`;

const FLOAT = 1;
const INT64 = 7;
const ATTRIBUTE_INT = 2;
/** Opset 13 is the first where Unsqueeze takes its axes as an input, and what transformers.js' runtime expects at least. */
const OPSET = 13;
const IR_VERSION = 7;

function tensorInfo(name: string, elemType: number, dims: Array<string | number>): Record<string, unknown> {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

/** Serialises the embedding graph for a `vocabSize x dimensions` table (row-major float32). */
export function toOnnxModel(table: Float32Array, vocabSize: number, dimensions: number, producerVersion: string): Uint8Array {
  if (table.length !== vocabSize * dimensions) {
    throw new Error(`embedding table has ${table.length} values, expected ${vocabSize} x ${dimensions}`);
  }
  const root = protobuf.parse(ONNX_SUBSET, { keepCase: false }).root;
  const Model = root.lookupType('onnx.ModelProto');
  const raw = new Uint8Array(table.buffer, table.byteOffset, table.byteLength);
  const message = {
    irVersion: IR_VERSION,
    producerName: 'waymark',
    producerVersion,
    docString: 'Waymark bundled multilingual embedding model: mean of subword embeddings learned from the topic examples.',
    opsetImport: [{ domain: '', version: OPSET }],
    graph: {
      name: 'waymark-embedder',
      initializer: [
        { name: 'embeddings', dims: [vocabSize, dimensions], dataType: FLOAT, rawData: raw },
        { name: 'last_axis', dims: [1], dataType: INT64, int64Data: [-1] },
      ],
      node: [
        { name: 'lookup', opType: 'Gather', input: ['embeddings', 'input_ids'], output: ['token_vectors'], attribute: [{ name: 'axis', i: 0, type: ATTRIBUTE_INT }] },
        { name: 'mask_to_float', opType: 'Cast', input: ['attention_mask'], output: ['mask_float'], attribute: [{ name: 'to', i: FLOAT, type: ATTRIBUTE_INT }] },
        { name: 'mask_expand', opType: 'Unsqueeze', input: ['mask_float', 'last_axis'], output: ['mask_3d'] },
        { name: 'apply_mask', opType: 'Mul', input: ['token_vectors', 'mask_3d'], output: ['last_hidden_state'] },
      ],
      input: [tensorInfo('input_ids', INT64, ['batch', 'sequence']), tensorInfo('attention_mask', INT64, ['batch', 'sequence'])],
      output: [tensorInfo('last_hidden_state', FLOAT, ['batch', 'sequence', dimensions])],
    },
  };
  const problem = Model.verify(message);
  if (problem) throw new Error(`ONNX model message is invalid: ${problem}`);
  return Model.encode(Model.fromObject(message)).finish();
}

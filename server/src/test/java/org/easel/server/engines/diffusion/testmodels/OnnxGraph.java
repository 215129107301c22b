package org.easel.server.engines.diffusion.testmodels;

import ai.onnx.proto.OnnxMl;
import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A thin helper over the {@code ai.onnx.proto.OnnxMl} protobuf builders for writing small graphs:
 * typed inputs and outputs with symbolic or fixed dimensions, constant initializers, and nodes
 * whose outputs get fresh names. Models are written as opset {@value #OPSET}, IR version
 * {@value #IR_VERSION}.
 */
final class OnnxGraph {
    static final int OPSET = 17;
    static final int IR_VERSION = 8;

    static final int FLOAT = TensorProto.DataType.FLOAT_VALUE;
    static final int INT32 = TensorProto.DataType.INT32_VALUE;
    static final int INT64 = TensorProto.DataType.INT64_VALUE;
    static final int BOOL = TensorProto.DataType.BOOL_VALUE;
    static final int FLOAT16 = TensorProto.DataType.FLOAT16_VALUE;

    private final OnnxMl.GraphProto.Builder graph = OnnxMl.GraphProto.newBuilder();
    private int counter;

    OnnxGraph(String name) {
        graph.setName(name);
    }

    /**
     * Declares a graph input. Each dimension is an {@link Integer} or {@link Long} (a fixed size) or
     * a {@link String} (a symbolic {@code dim_param}); no dimensions declares a 0-d scalar.
     */
    String input(String name, int elemType, Object... dims) {
        graph.addInput(valueInfo(name, elemType, dims));
        return name;
    }

    /** Declares a graph output; a node must produce {@code name}. */
    void output(String name, int elemType, Object... dims) {
        graph.addOutput(valueInfo(name, elemType, dims));
    }

    /**
     * Declares a float input that is {@code float16} on the outside when {@code fp16}, and returns the
     * name of its float32 value inside the graph (a Cast of the input when fp16).
     */
    String floatInput(String name, boolean fp16, Object... dims) {
        input(name, fp16 ? FLOAT16 : FLOAT, dims);
        return fp16 ? node("Cast", new String[] {name}, attr("to", FLOAT)) : name;
    }

    /** Makes float32 {@code value} the graph output {@code name}, cast to float16 when {@code fp16}. */
    void floatOutput(String value, String name, boolean fp16, Object... dims) {
        output(name, fp16 ? FLOAT16 : FLOAT, dims);
        if (fp16) {
            nodeTo("Cast", new String[] {value}, name, attr("to", FLOAT16));
        } else {
            nodeTo("Identity", new String[] {value}, name);
        }
    }

    /** A float32 constant of shape {@code dims} (empty dims: a scalar). */
    String floats(long[] dims, float... values) {
        TensorProto.Builder t = tensor(FLOAT, dims);
        for (float v : values) {
            t.addFloatData(v);
        }
        return initializer(t);
    }

    /** A 1-d float32 constant. */
    String floats(float... values) {
        return floats(new long[] {values.length}, values);
    }

    /** A 0-d float32 constant. */
    String scalar(float value) {
        return floats(new long[0], value);
    }

    /** An int64 constant of shape {@code dims}. */
    String longs(long[] dims, long... values) {
        TensorProto.Builder t = tensor(INT64, dims);
        for (long v : values) {
            t.addInt64Data(v);
        }
        return initializer(t);
    }

    /** A 1-d int64 constant. */
    String longs(long... values) {
        return longs(new long[] {values.length}, values);
    }

    /** A 0-d constant of integer type {@code elemType} (INT32 or INT64). */
    String intScalar(int elemType, long value) {
        TensorProto.Builder t = tensor(elemType, new long[0]);
        if (elemType == INT64) {
            t.addInt64Data(value);
        } else {
            t.addInt32Data((int) value);
        }
        return initializer(t);
    }

    /** Adds node {@code op} with a fresh single output and returns that output's name. */
    String node(String op, String[] inputs, AttributeProto... attrs) {
        return nodeTo(op, inputs, fresh(op), attrs);
    }

    /** Adds node {@code op} writing {@code output}; returns {@code output}. */
    String nodeTo(String op, String[] inputs, String output, AttributeProto... attrs) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(fresh(op + "_node")).addOutput(output);
        for (String in : inputs) {
            n.addInput(in);
        }
        for (AttributeProto a : attrs) {
            n.addAttribute(a);
        }
        graph.addNode(n);
        return output;
    }

    /** {@code node(op, inputs...)} without attributes. */
    String op(String op, String... inputs) {
        return node(op, inputs);
    }

    static AttributeProto attr(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static AttributeProto attr(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    static AttributeProto attr(String name, String value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING)
                .setS(com.google.protobuf.ByteString.copyFromUtf8(value)).build();
    }

    static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    OnnxMl.ModelProto model() {
        return OnnxMl.ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("easel-testmodels")
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph)
                .build();
    }

    byte[] bytes() {
        return model().toByteArray();
    }

    /** Writes the model to {@code file}, creating its parent folders. */
    Path write(Path file) {
        return write(bytes(), file);
    }

    static Path write(byte[] model, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fresh(String prefix) {
        return prefix + "_" + (counter++);
    }

    private String initializer(TensorProto.Builder t) {
        String name = fresh("const");
        graph.addInitializer(t.setName(name));
        return name;
    }

    private static TensorProto.Builder tensor(int elemType, long[] dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setDataType(elemType);
        for (long d : dims) {
            t.addDims(d);
        }
        return t;
    }

    private static ValueInfoProto valueInfo(String name, int elemType, Object... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (Object d : dims) {
            TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
            if (d instanceof String s) {
                dim.setDimParam(s);
            } else {
                dim.setDimValue(((Number) d).longValue());
            }
            shape.addDim(dim);
        }
        TypeProto type = TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(elemType).setShape(shape))
                .build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }
}

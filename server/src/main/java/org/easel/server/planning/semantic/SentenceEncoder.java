package org.easel.server.planning.semantic;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized to 8 bits, 23 MB), run on the daemon's ONNX
 * Runtime on the CPU: a sentence becomes a 384-dimensional unit vector, and sentences that mean the
 * same come out close ({@link #cosine}), however they are worded.
 *
 * <p>The model and its {@code tokenizer.json} are classpath resources under {@code /understanding/},
 * unpacked at build time from a Maven Central artifact (see server/pom.xml); the tokenizer is the
 * pure-Java {@link WordPieceTokenizer}, so nothing but ONNX Runtime runs natively.
 *
 * <p>What it computes is what sentence-transformers does for this model: token vectors
 * ({@code last_hidden_state}), averaged over the attention mask, L2-normalised. One sentence per
 * call, never padded or batched: the quantized model scales each input tensor by its own range, so
 * padding positions or a batch neighbour would shift a sentence's vector.
 *
 * <p>Nothing is loaded until the first {@link #embed} (half a second to a second, most of it ONNX
 * Runtime starting and the session being built; logged once), so a daemon that never needs it pays
 * nothing. Thread-safe: calls are serialised, each takes 1-3 ms for an instruction on one core.
 */
public final class SentenceEncoder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SentenceEncoder.class);

    /** The length of every vector {@link #embed} returns. */
    public static final int DIMENSION = 384;

    static final String MODEL_RESOURCE = "/understanding/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "/understanding/all-minilm-l6-v2-q-tokenizer.json";

    /**
     * One intra-op thread: for a sequence of a dozen tokens the model is a few small matrix products,
     * and a second thread saved nothing when measured (p50 about 1.5 ms either way, p95 3-6 ms with
     * one thread against 5-11 ms with two, on two busy cores); it also leaves the other cores to the
     * diffusion engine.
     */
    private static final int THREADS = 1;

    private final Supplier<InputStream> model;
    private final Supplier<InputStream> tokenizerJson;
    private final String modelName;
    private final String tokenizerName;
    private final int threads;

    private WordPieceTokenizer tokenizer;
    private OrtEnvironment env;
    private OrtSession session;
    private String idsInput;
    private String maskInput;
    private String typesInput;
    private String output;
    private long loadMillis;
    private String modelDigest;
    private boolean closed;

    /** The encoder the daemon ships: model and tokenizer from the classpath. */
    public SentenceEncoder() {
        this(resource(MODEL_RESOURCE), "the sentence encoder model (classpath resource " + MODEL_RESOURCE + ")",
                resource(TOKENIZER_RESOURCE), "the sentence encoder tokenizer (classpath resource " + TOKENIZER_RESOURCE + ")",
                THREADS);
    }

    /**
     * An encoder on other bytes, for tests and benchmarks.
     *
     * @param model opens the ONNX model, or returns null when it is missing
     * @param tokenizerJson opens the tokenizer.json, or returns null when it is missing
     * @param threads ONNX Runtime's intra-op threads
     */
    SentenceEncoder(Supplier<InputStream> model, Supplier<InputStream> tokenizerJson, int threads) {
        this(model, "the sentence encoder model", tokenizerJson, "the sentence encoder tokenizer", threads);
    }

    private SentenceEncoder(Supplier<InputStream> model, String modelName, Supplier<InputStream> tokenizerJson,
            String tokenizerName, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.model = model;
        this.modelName = modelName;
        this.tokenizerJson = tokenizerJson;
        this.tokenizerName = tokenizerName;
        this.threads = threads;
    }

    /** A classpath resource, opened each time it is asked for (null when absent). */
    static Supplier<InputStream> resource(String path) {
        return () -> SentenceEncoder.class.getResourceAsStream(path);
    }

    /**
     * The sentence's embedding: {@value #DIMENSION} floats of unit length. The first call loads the
     * model.
     *
     * @throws IllegalStateException when the model or tokenizer is missing from the jar (a broken
     *     build), can't be loaded, or fails to run
     */
    public synchronized float[] embed(String sentence) {
        float[] known = recent.get(sentence);
        if (known != null) {
            return known.clone();
        }
        float[] embedding = run(sentence);
        recent.put(sentence, embedding);
        return embedding.clone();
    }

    /**
     * The last sentences' embeddings: an instruction the rules would ask about is embedded for its intent and then
     * again to look it up in the example memory, and each run of the model costs milliseconds.
     */
    private final Map<String, float[]> recent = new java.util.LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT;
        }
    };
    private static final int RECENT = 64;

    private float[] run(String sentence) {
        load();
        long[] ids = tokenizer.encode(sentence);
        int n = ids.length;
        long[] mask = new long[n];
        Arrays.fill(mask, 1L);
        long[] shape = {1, n};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(idsInput, OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put(maskInput, OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (typesInput != null) {
                inputs.put(typesInput, OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(output)
                        .orElseThrow(() -> new IllegalStateException("the sentence encoder gave no " + output));
                long[] outShape = hidden.getInfo().getShape();
                if (outShape.length != 3 || outShape[0] != 1 || outShape[1] != n || outShape[2] != DIMENSION) {
                    throw new IllegalStateException("the sentence encoder's " + output + " has shape "
                            + Arrays.toString(outShape) + ", not [1, " + n + ", " + DIMENSION + "]");
                }
                return meanPoolAndNormalise(hidden.getFloatBuffer(), mask);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence encoder failed: " + e.getMessage(), e);
        } finally {
            for (OnnxTensor t : inputs.values()) {
                t.close();
            }
        }
    }

    /** Sentence-transformers' pooling: the mean of the token vectors the mask keeps, then unit length. */
    private static float[] meanPoolAndNormalise(FloatBuffer hidden, long[] mask) {
        double[] sum = new double[DIMENSION];
        int kept = 0;
        for (int t = 0; t < mask.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            kept++;
            int base = t * DIMENSION;
            for (int d = 0; d < DIMENSION; d++) {
                sum[d] += hidden.get(base + d);
            }
        }
        double norm = 0;
        for (int d = 0; d < DIMENSION; d++) {
            sum[d] /= Math.max(kept, 1);
            norm += sum[d] * sum[d];
        }
        // torch.nn.functional.normalize's epsilon: a zero vector stays zero instead of NaN
        norm = Math.max(Math.sqrt(norm), 1e-12);
        float[] out = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            out[d] = (float) (sum[d] / norm);
        }
        return out;
    }

    /**
     * The cosine similarity of two {@link #embed} vectors, in [-1, 1]: their dot product, since both
     * have unit length.
     */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of lengths " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }

    /** How long loading took, in milliseconds; 0 until the first {@link #embed}. */
    public synchronized long loadMillis() {
        return loadMillis;
    }

    /** The SHA-256 of the model's bytes (hex), loading the encoder if needed: what its vectors are kept under. */
    public synchronized String modelDigest() {
        load();
        return modelDigest;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The tokenizer, loaded on its own if needed (a fifth of a second; the model's session is not needed to ask
     * which words its vocabulary holds): for tests and for callers that count tokens or look words up.
     */
    synchronized WordPieceTokenizer tokenizer() {
        if (closed) {
            throw new IllegalStateException("the sentence encoder is closed");
        }
        if (tokenizer == null) {
            try (InputStream in = open(tokenizerJson, tokenizerName)) {
                tokenizer = WordPieceTokenizer.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("could not read " + tokenizerName + ": " + e.getMessage(), e);
            }
        }
        return tokenizer;
    }

    private void load() {
        if (closed) {
            throw new IllegalStateException("the sentence encoder is closed");
        }
        if (session != null) {
            return;
        }
        long start = System.nanoTime();
        tokenizer();
        long tokenizerMillis = (System.nanoTime() - start) / 1_000_000;
        byte[] bytes;
        try (InputStream in = open(model, modelName)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + modelName + ": " + e.getMessage(), e);
        }
        String digest = sha256(bytes);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession s;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            s = environment.createSession(bytes, options);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load " + modelName + " (" + e.getMessage()
                    + "): the daemon's build is broken", e);
        }
        try {
            bindNames(s);
        } catch (OrtException | RuntimeException e) {
            try {
                s.close();
            } catch (OrtException ignored) {
                // already failing
            }
            throw e instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("the sentence encoder model is not usable: " + e.getMessage(), e);
        }
        this.modelDigest = digest;
        this.env = environment;
        this.session = s;
        this.loadMillis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        log.info("Sentence encoder (all-MiniLM-L6-v2, quantized) loaded in {} ms (tokenizer {} ms, model {} ms)",
                loadMillis, tokenizerMillis, loadMillis - tokenizerMillis);
    }

    /**
     * Reads the input and output names from the model rather than assuming them: BERT exports name
     * their inputs alike, but not all of them take token types.
     */
    private void bindNames(OrtSession s) throws OrtException {
        String ids = null;
        String mask = null;
        String types = null;
        for (String name : s.getInputNames()) {
            switch (name) {
                case "input_ids" -> ids = name;
                case "attention_mask" -> mask = name;
                case "token_type_ids" -> types = name;
                default -> throw new IllegalStateException(
                        "the sentence encoder model has an unexpected input " + name + ": the daemon's build is broken");
            }
        }
        if (ids == null || mask == null) {
            throw new IllegalStateException("the sentence encoder model lacks input_ids or attention_mask (it has "
                    + s.getInputNames() + "): the daemon's build is broken");
        }
        String out = null;
        Map<String, NodeInfo> outputs = s.getOutputInfo();
        if (outputs.containsKey("last_hidden_state")) {
            out = "last_hidden_state";
        } else {
            for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
                if (e.getValue().getInfo() instanceof TensorInfo t && t.getShape().length == 3) {
                    out = e.getKey();
                    break;
                }
            }
        }
        if (out == null) {
            throw new IllegalStateException("the sentence encoder model has no token-vector output (it has "
                    + outputs.keySet() + "): the daemon's build is broken");
        }
        this.idsInput = ids;
        this.maskInput = mask;
        this.typesInput = types;
        this.output = out;
    }

    private static InputStream open(Supplier<InputStream> source, String name) {
        InputStream in = source.get();
        if (in == null) {
            throw new IllegalStateException(name + " is missing: the daemon's build is broken (server/pom.xml's "
                    + "maven-dependency-plugin unpacks it from Maven Central at generate-resources)");
        }
        return in;
    }

    /** Frees the ONNX Runtime session; the encoder can't be used afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        if (session != null) {
            try {
                session.close();
            } catch (OrtException e) {
                log.debug("closing the sentence encoder: {}", e.getMessage());
            }
            session = null;
        }
    }
}

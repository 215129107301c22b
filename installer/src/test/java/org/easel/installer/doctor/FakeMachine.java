package org.easel.installer.doctor;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.easel.server.host.CommandRunner;

/** A made-up machine for doctor's checks: the programs it has and their answers, and its ONNX Runtime. */
final class FakeMachine {
    private FakeMachine() {
    }

    /** Answers the commands it was given (by their words), and "not found" for the rest. */
    static final class Programs implements CommandRunner {
        private final Map<List<String>, Result> answers = new HashMap<>();

        Programs answer(Result result, String... command) {
            answers.put(List.of(command), result);
            return this;
        }

        @Override
        public Optional<Result> run(List<String> command, Duration timeout) {
            return Optional.ofNullable(answers.get(command));
        }
    }

    static Programs noPrograms() {
        return new Programs();
    }

    static Programs withGpu(String name) {
        return new Programs().answer(new CommandRunner.Result(0, "GPU 0: " + name + " (UUID: GPU-1234)\n"), "nvidia-smi", "-L");
    }

    /** An ONNX Runtime probe with fixed answers. */
    record OnnxRuntime(String declaredBuild, boolean onClasspath, String nativeFolder, boolean hasNativeLibrary,
            boolean hasCudaProvider, Set<String> providers, Throwable loadFailure) implements OnnxRuntimeProbe {

        static OnnxRuntime cpu() {
            return new OnnxRuntime("cpu", true, "linux-x64", true, false, Set.of("CPU"), null);
        }

        static OnnxRuntime cuda() {
            return new OnnxRuntime("cuda", true, "linux-x64", true, true, Set.of("CPU", "CUDA", "TENSOR_RT"), null);
        }

        OnnxRuntime failingToLoad(Throwable failure) {
            return new OnnxRuntime(declaredBuild, onClasspath, nativeFolder, hasNativeLibrary, hasCudaProvider, providers, failure);
        }

        @Override
        public Set<String> loadProviders() throws Exception {
            if (loadFailure instanceof Exception e) {
                throw e;
            }
            if (loadFailure instanceof Error e) {
                throw e;
            }
            return providers;
        }
    }
}

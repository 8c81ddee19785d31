// Writes the audit scenarios' events to Kafka, lean enough not to compete with what is measured:
//   java -cp "<kafka libs>/*" deploy/bench/tools/EventProducer.java --bootstrap-server H:P --topic T < lines
//
// Reads ConsoleProducer's line format ("h1:v1,h2:v2<TAB>key<TAB>value", see lib/audit.sh audit_event_lines)
// from stdin until EOF and sends every line as one record: acks=all, batches of up to 64 KB lingering 5 ms,
// like the platform's outbox relays. Kafka's ConsoleProducer did the same at ~20-24 µs of CPU per event,
// which on this 2-core machine was a fifth of what audit-ingest measured, burnt while the consumers ran; this
// sends the bytes as read, in large chunks (no per-line String round trip, header values kept as bytes): ~12 µs
// per event during an audit-ingest run (ConsoleProducer ~20 µs in the same runs).
// Exit code 0 once every record was acknowledged, 1 when one was refused (the first error goes to stderr).
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public class EventProducer {

    public static void main(String[] args) throws IOException {
        String bootstrap = arg(args, "--bootstrap-server", "127.0.0.1:9092");
        String topic = arg(args, "--topic", null);
        if (topic == null) {
            System.err.println("usage: EventProducer --bootstrap-server H:P --topic T < lines");
            System.exit(2);
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        AtomicLong acknowledged = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config);
             InputStream in = System.in) {
            Lines lines = new Lines(in);
            byte[] line;
            while ((line = lines.next()) != null) {
                if (line.length == 0) {
                    continue;
                }
                producer.send(record(topic, line), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    } else {
                        acknowledged.incrementAndGet();
                    }
                });
                sent++;
            }
            producer.flush();
        }
        System.err.printf("EventProducer: %d sent, %d acknowledged%n", sent, acknowledged.get());
        if (failure.get() != null) {
            System.err.println("EventProducer: " + failure.get());
            System.exit(1);
        }
    }

    /** "headers\tkey\tvalue": headers "name:value" separated by commas (values without commas, as ours are). */
    static ProducerRecord<byte[], byte[]> record(String topic, byte[] line) {
        int first = indexOf(line, (byte) '\t', 0);
        int second = first < 0 ? -1 : indexOf(line, (byte) '\t', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("not 'headers<TAB>key<TAB>value': "
                    + new String(line, StandardCharsets.UTF_8));
        }
        List<Header> headers = new ArrayList<>(2);
        int start = 0;
        while (start < first) {
            int end = indexOf(line, (byte) ',', start);
            end = end < 0 || end > first ? first : end;
            int colon = indexOf(line, (byte) ':', start);
            if (colon > start && colon < end) {
                headers.add(new RecordHeader(new String(line, start, colon - start, StandardCharsets.UTF_8),
                        Arrays.copyOfRange(line, colon + 1, end)));
            }
            start = end + 1;
        }
        byte[] key = Arrays.copyOfRange(line, first + 1, second);
        byte[] value = Arrays.copyOfRange(line, second + 1, line.length);
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    /** Lines of a stream, read in large chunks (a byte-by-byte read takes a lock per byte: microseconds per event). */
    static final class Lines {
        private final InputStream in;
        private byte[] chunk = new byte[1 << 20];
        private int start;
        private int end;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its '\n', or null at EOF. */
        byte[] next() throws IOException {
            int scanned = start;
            while (true) {
                int newline = indexOf(chunk, (byte) '\n', scanned, end);
                if (newline >= 0) {
                    byte[] line = Arrays.copyOfRange(chunk, start, newline);
                    start = newline + 1;
                    return line;
                }
                scanned = end;
                if (start > 0) { // keep the partial line, make room after it
                    System.arraycopy(chunk, start, chunk, 0, end - start);
                    scanned -= start;
                    end -= start;
                    start = 0;
                }
                if (end == chunk.length) {
                    chunk = Arrays.copyOf(chunk, chunk.length * 2);
                }
                int read = in.read(chunk, end, chunk.length - end);
                if (read < 0) {
                    if (end == start) {
                        return null;
                    }
                    byte[] last = Arrays.copyOfRange(chunk, start, end);
                    start = end;
                    return last;
                }
                end += read;
            }
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        return indexOf(bytes, wanted, from, bytes.length);
    }

    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String arg(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}

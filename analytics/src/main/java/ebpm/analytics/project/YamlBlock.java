package ebpm.analytics.project;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of a definition file, read strictly: the keys it may hold are declared, each value is read as the type
 * asked for, and every error names the file, the line and the key. Values are read from the YAML nodes as written,
 * so a code such as {@code 140007} stays text and a typo never turns into a silent default.
 */
public final class YamlBlock {

    private final String file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlBlock(String file, Node node) {
        this.file = file;
        this.node = node;
        if (node != null) {
            if (!(node instanceof MappingNode mapping)) {
                throw error(node, "expected keys and values (key: value), found " + kind(node));
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = scalar(tuple.getKeyNode(), "a key");
                if (entries.put(key, tuple) != null) {
                    throw error(tuple.getKeyNode(), "key '" + key + "' is given twice");
                }
            }
        }
    }

    /** Parses a whole file; an empty file is an empty block. */
    public static YamlBlock parse(String file, String text) {
        try {
            return new YamlBlock(file, new Yaml().compose(new StringReader(text)));
        } catch (YAMLException e) {
            throw new DefinitionException(file + ": not valid YAML: " + e.getMessage().lines()
                    .map(String::strip).reduce((a, b) -> a + " " + b).orElse(""), e);
        }
    }

    /** The file this block was read from, as messages name it. */
    public String file() {
        return file;
    }

    /** Refuses any key not among these: a misspelt key must not pass as "not given". */
    public YamlBlock allowOnly(Collection<String> keys) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!keys.contains(entry.getKey())) {
                throw error(entry.getValue().getKeyNode(), "unknown key '" + entry.getKey() + "'; known keys: "
                        + String.join(", ", new TreeSet<>(keys)));
            }
        }
        return this;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public String text(String key) {
        return optionalText(key).orElseThrow(() -> missing(key));
    }

    public Optional<String> optionalText(String key) {
        return value(key).map(value -> scalar(value, "'" + key + "'").strip());
    }

    public int integer(String key, int defaultValue) {
        return optionalText(key).map(text -> parseInt(key, text)).orElse(defaultValue);
    }

    public double decimal(String key, double defaultValue) {
        return optionalText(key).map(text -> {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw error(entries.get(key).getValueNode(), "'" + key + "' must be a number, not '" + text + "'");
            }
        }).orElse(defaultValue);
    }

    public boolean bool(String key, boolean defaultValue) {
        return optionalText(key).map(text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(entries.get(key).getValueNode(), "'" + key + "' must be true or false, not '"
                    + text + "'");
        }).orElse(defaultValue);
    }

    /** A list of texts; one text alone is read as a list of one. */
    public List<String> texts(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            List<String> texts = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                texts.add(scalar(item, "an item of '" + key + "'").strip());
            }
            return List.copyOf(texts);
        }
        return List.of(scalar(value.get(), "'" + key + "'").strip());
    }

    public YamlBlock block(String key) {
        return optionalBlock(key).orElseThrow(() -> missing(key));
    }

    public Optional<YamlBlock> optionalBlock(String key) {
        return value(key).map(value -> new YamlBlock(file, value));
    }

    /** A list of blocks ({@code - {code: Ⅰ, label: …}}), in the order written; missing is an empty list. */
    public List<YamlBlock> blockList(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            throw error(value.get(), "'" + key + "' must be a list (- …), found " + kind(value.get()));
        }
        return sequence.getValue().stream().map(item -> new YamlBlock(file, item)).toList();
    }

    /** Each key of this block with the block below it, in the order written (e.g. parameters by name). */
    public Map<String, YamlBlock> blocks() {
        Map<String, YamlBlock> blocks = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> blocks.put(key, new YamlBlock(file, tuple.getValueNode())));
        return blocks;
    }

    /** Each key of this block with its text value, in the order written. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> texts.put(key, scalar(tuple.getValueNode(), "'" + key + "'").strip()));
        return texts;
    }

    /** The line a key is written on (1-based), for messages about its value. */
    public int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line(node) : line(tuple.getKeyNode());
    }

    /** An error about the value of a key, naming the file and line. */
    public DefinitionException error(String key, String message) {
        NodeTuple tuple = entries.get(key);
        return error(tuple == null ? node : tuple.getValueNode(), message);
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private DefinitionException missing(String key) {
        return new DefinitionException(file + (node == null ? "" : " line " + line(node)) + ": '" + key
                + "' is missing");
    }

    private String scalar(Node value, String what) {
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(value, what + " must be a single value, found " + kind(value));
    }

    private DefinitionException error(Node at, String message) {
        return new DefinitionException(file + (at == null ? "" : " line " + line(at)) + ": " + message);
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }

    private static int line(Node at) {
        return at == null ? 1 : at.getStartMark().getLine() + 1;
    }

    private int parseInt(String key, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(entries.get(key).getValueNode(), "'" + key + "' must be a whole number, not '" + text + "'");
        }
    }

    private static String kind(Node node) {
        return node instanceof MappingNode ? "keys and values" : node instanceof SequenceNode ? "a list" : "a value";
    }
}

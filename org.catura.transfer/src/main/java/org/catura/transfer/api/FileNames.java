package org.catura.transfer.api;

/**
 * File names that come from outside (a server's listing, a caller's data) become part of paths
 * here and in the callers; only a plain name in one folder is allowed, never a way out of it.
 */
public final class FileNames {

    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** @return the name when it is a plain file name; else {@link UnsafeFileNameException} */
    public static String requireSafe(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new UnsafeFileNameException("File name " + printable(name) + " is refused: " + problem);
        }
        return name;
    }

    public static boolean isSafe(String name) {
        return problem(name) == null;
    }

    /** The name with control characters escaped, for messages and logs. */
    public static String printable(String name) {
        if (name == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("'");
        name.codePoints().limit(MAX_LENGTH + 1).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('\'').toString();
    }

    private static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (name.equals(".") || name.equals("..") || name.contains("..")) {
            return "it contains '..'";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return "it contains a path separator";
        }
        if (name.chars().anyMatch(c -> Character.isISOControl(c))) {
            return "it contains a control character";
        }
        if (name.indexOf(':') >= 0) {
            return "it contains ':' (a drive or stream name on Windows)";
        }
        if (!name.strip().equals(name)) {
            return "it starts or ends with white space";
        }
        return null;
    }
}

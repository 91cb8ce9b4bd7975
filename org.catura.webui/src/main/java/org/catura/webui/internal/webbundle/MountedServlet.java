package org.catura.webui.internal.webbundle;

import javax.servlet.Servlet;

/** A Catura servlet and the path prefix its whiteboard pattern {@code <prefix>/*} takes. */
record MountedServlet(String prefix, Servlet servlet) {

    /** Whether this servlet takes {@code path}, as the whiteboard matches {@code <prefix>/*}. */
    boolean takes(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}

package org.entente.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Pages sent as UTF-8 bytes encoded by the JDK, for the pages read most often. A template returned as such is
 * written by the built-in String writer, which hands the String to Netty to encode one character at a time: on the
 * 40 kB schedule page that took more CPU than the rest of the request (JFR, see docs/performance.md).
 */
public final class Html {

    /** Stands in for the content while the page around it renders; user data cannot produce it (it is escaped). */
    private static final String CONTENT = "<!--entente:content-->";

    private Html() {
    }

    /** A page around {@code content}, which is HTML already encoded as UTF-8 (kept encoded, e.g. in a cache). */
    public static Response around(byte[] content, Function<RawString, TemplateInstance> page) {
        String outer = page.apply(new RawString(CONTENT)).render();
        int at = outer.indexOf(CONTENT);
        byte[] before = outer.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = outer.substring(at + CONTENT.length()).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + content.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(content, 0, all, before.length, content.length);
        System.arraycopy(after, 0, all, before.length + content.length, after.length);
        return Response.ok(all, "text/html;charset=UTF-8").build();
    }

    /** {@code html} as UTF-8. */
    public static byte[] utf8(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}

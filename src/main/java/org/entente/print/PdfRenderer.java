package org.entente.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * Turns the print page's XHTML into a PDF with the embedded DejaVu Sans font (openhtmltopdf, CSS 2.1); characters
 * XML cannot carry are left out rather than failing the page.
 */
@ApplicationScoped
public class PdfRenderer {

    private final String css;
    private final Semaphore renders = new Semaphore(Runtime.getRuntime().availableProcessors());

    public PdfRenderer() {
        this.css = resource("/META-INF/resources/css/plan-print.css");
    }

    /** The print style sheet, inlined into the PDF's page. */
    public String css() {
        return css;
    }

    /**
     * Renders one PDF at a time per core: rendering is CPU-bound, and each render holds its parsed fonts and layout
     * (several MiB), so more at once only adds memory (a 128 MiB heap ran out with 32 concurrent renders).
     */
    public byte[] render(String xhtml) {
        renders.acquireUninterruptibly();
        try {
            return renderNow(xmlSafe(xhtml));
        } finally {
            renders.release();
        }
    }

    /**
     * The page without the characters XML 1.0 does not allow (control characters other than tab and line ends, lone
     * surrogates, U+FFFE/U+FFFF): Qute escapes markup, but stored text may still hold them, and the XML parser of
     * openhtmltopdf would refuse the whole page.
     */
    static String xmlSafe(String xhtml) {
        StringBuilder out = new StringBuilder(xhtml.length());
        for (int i = 0; i < xhtml.length(); i++) {
            char c = xhtml.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < xhtml.length() && Character.isLowSurrogate(xhtml.charAt(i + 1))) {
                out.append(c).append(xhtml.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private byte[] renderNow(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be rendered", e);
        }
    }

    /** The font files, read from the jar on the first PDF (not at start-up) instead of on every one. */
    private static final class Fonts {
        static final byte[] REGULAR = bytes("/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = bytes("/fonts/DejaVuSans-Bold.ttf");
    }

    private static byte[] bytes(String path) {
        try (InputStream in = stream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = PdfRenderer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }

    private static String resource(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}

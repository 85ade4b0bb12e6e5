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

/** Turns the print page's XHTML into a PDF with the embedded DejaVu Sans font (openhtmltopdf, CSS 2.1). */
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
            return renderNow(xhtml);
        } finally {
            renders.release();
        }
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

package org.mcportal.web;

import io.quarkus.qute.TemplateExtension;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mcportal.platform.Sha256;

/**
 * The portal's own CSS, script and images, addressed by their content. Templates write {@code
 * {asset:url('portal.css')}}, which gives {@code /assets/portal.css?v=<hash of the file>}: a deploy
 * that changes a file changes its address, so a browser may keep an address for a year without ever
 * using a stale file. An address without the current hash (a module's own import, an old page) is
 * revalidated on every use instead.
 */
@ApplicationScoped
public class Assets {

  static final String PREFIX = "/assets/";
  static final String VERSION_PARAMETER = "v";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  private static final String ROOT = "META-INF/resources/assets/";
  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

  /** The address of an asset under its current content, for templates. */
  @TemplateExtension(namespace = "asset")
  static String url(String name) {
    return PREFIX + name + "?" + VERSION_PARAMETER + "=" + version(name);
  }

  /**
   * The first 16 hex digits of the file's SHA-256; an unknown file fails the page that names it.
   */
  static String version(String name) {
    return VERSIONS.computeIfAbsent(name, Assets::hash);
  }

  private static String hash(String name) {
    if (name.contains("..")) {
      throw new IllegalArgumentException("Not an asset name: " + name);
    }
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No asset named " + name);
      }
      return Sha256.hex(in.readAllBytes()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void install(@Observes Router router) {
    router
        .route(PREFIX + "*")
        .order(Integer.MIN_VALUE + 1)
        .handler(
            routing -> {
              String name = routing.normalizedPath().substring(PREFIX.length());
              String requested = routing.request().getParam(VERSION_PARAMETER);
              routing.addHeadersEndHandler(
                  ignored -> {
                    if (routing.response().getStatusCode() != 200) {
                      return;
                    }
                    boolean current = requested != null && requested.equals(currentOrNull(name));
                    routing
                        .response()
                        .headers()
                        .set("Cache-Control", current ? IMMUTABLE : REVALIDATE);
                  });
              routing.next();
            });
  }

  private static String currentOrNull(String name) {
    try {
      return version(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

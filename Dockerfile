# The portal for PostgreSQL, one image for every node; each node is configured by environment
# (docs/operations.md). Build from the repository root:
#
#   docker build -t mcportal:<version> .
#
# The first stage builds the jar with the Maven Wrapper; the second runs it on a JRE only.

FROM eclipse-temurin:17.0.13_11-jdk-jammy AS build
WORKDIR /src
COPY mvnw pom.xml redocly.yaml ./
COPY .mvn .mvn
COPY rubrics rubrics
COPY src src
# The database kind is fixed at build time: this image is the PostgreSQL build. Quarkus also
# prepares the AppCDS archive of the classes loaded while the portal starts (no container, no
# database needed); the runtime stage makes it again with its own JRE. It takes a measured share
# off every start (docs/performance.md, P5).
RUN ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg \
    -Dquarkus.package.jar.appcds.enabled=true -Dquarkus.package.jar.appcds.use-container=false

FROM eclipse-temurin:17.0.13_11-jre-jammy
# A user of its own; the data directory holds only the generated signing keys when no keys are
# configured, which a node of a cluster must not rely on (give every node the same key files).
RUN groupadd --system portal && useradd --system --gid portal --home-dir /var/lib/portal portal \
    && mkdir -p /var/lib/portal && chown portal:portal /var/lib/portal && chmod 700 /var/lib/portal
COPY --from=build --chown=portal:portal /src/target/quarkus-app /opt/portal
USER portal
WORKDIR /opt/portal
# An archive fits only the JVM build and the jar files (path, size, time) it was made with, and
# a JVM that cannot use one ignores it silently and starts slower; so it is made again here, by
# this image's own JRE, replacing the build stage's. The training start stops once Quarkus has
# initialised (quarkus.appcds.generate), before anything needs a database. -Xshare:on then
# refuses an archive that does not fit, so such an image fails here, when it is built.
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -Dquarkus.profile=pg \
        -jar quarkus-run.jar \
    && java -Xshare:on -XX:SharedArchiveFile=app-cds.jsa -cp quarkus-run.jar -version
ENV PORTAL_DATA_DIR=/var/lib/portal \
    PORTAL_LOG_JSON=true \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# Liveness: GET /q/health/live; readiness (for the load balancer): GET /q/health/ready.
# Started from its own directory with the relative jar path, as the archive was made.
ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=app-cds.jsa $JAVA_OPTS -Dquarkus.profile=pg -jar quarkus-run.jar \"$@\"", "--"]

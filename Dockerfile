# Build: the runnable jar (API + UI in one process), without tests (CI runs them).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY contract/pom.xml contract/pom.xml
COPY frontend/pom.xml frontend/pom.xml
COPY backend/pom.xml backend/pom.xml
COPY app/pom.xml app/pom.xml
RUN ./mvnw -q -B dependency:go-offline -DexcludeReactor=true || true
COPY contract contract
COPY frontend frontend
COPY backend backend
COPY app app
RUN ./mvnw -q -B -DskipTests package

# Run: a JRE, an unprivileged user, nothing else.
FROM eclipse-temurin:25-jre
RUN groupadd --system portal && useradd --system --gid portal --home-dir /app --shell /usr/sbin/nologin portal
WORKDIR /app
COPY --from=build /src/app/target/homecare-portal-0.1.0-SNAPSHOT.jar /app/homecare-portal.jar
RUN mkdir -p /app/data && chown -R portal:portal /app
USER portal
# 8080: the API; 8081: the UI. Put one origin in front in production (see README).
EXPOSE 8080 8081
# A class-data archive the JVM makes on the first start of this image's jar and maps on every later start (in the
# data directory, so it lasts as long as that volume; a new jar makes a new one): ready in about half the time.
# The serial collector: in a container of a gigabyte or two the portal's heap is small, and G1's own structures cost
# about 40 MB more resident memory after a burst (bench/ready); the JVM itself picks serial below 1792 MB or 2 cores.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/app/data/homecare-portal.jsa"
# glibc gives each thread that allocates its own malloc arena (up to 8 a core), which the JVM's threads leave mostly
# empty but resident; two are enough for the JVM's native allocations (bench/ready: about 30 MB less after a burst).
# A fixed mmap threshold: a block of 4 MiB or more is mapped on its own and unmapped when freed. Argon2's working memory
# (19 MiB a hashing slot, outside the heap, freed when the slot has been idle for a few seconds) then goes back to the
# system; with glibc's default, which raises the threshold past 19 MiB once such a block is freed, it stays resident.
ENV MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=4194304
# Arguments pass through to the jar: `docker compose run --rm portal admin create --email someone@example.org`
# runs the one-time bootstrap (see README, Going live) instead of the servers.
ENTRYPOINT ["java", "-jar", "/app/homecare-portal.jar"]
CMD []

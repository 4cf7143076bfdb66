# syntax=docker/dockerfile:1
# Build stage: compiles and packages the service with the Maven wrapper; a clean clone needs only Docker.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests

# Run stage: the packaged application on a JRE, as an unprivileged user.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/quarkus-app/lib/ lib/
COPY --from=build /src/target/quarkus-app/*.jar ./
COPY --from=build /src/target/quarkus-app/app/ app/
COPY --from=build /src/target/quarkus-app/quarkus/ quarkus/
USER 1001
EXPOSE 8080
# A small heap and the serial collector, and freed native memory given back to the system every 5 s (the JIT's
# arenas would otherwise stay in the process): the settings bench/run.sh measures (the README's Performance section).
# Metaspace holds the JIT's profiles as well as the classes and grows to about 100 MiB as the service warms up; below
# 128 MiB each step of that growth would set off a full collection, a pause of about 100 ms on this heap. A JVM out
# of heap exits, so that the container restarts, rather than living on with threads that died.
ENV JAVA_OPTS="-Xmx96m -XX:+UseSerialGC -XX:MetaspaceSize=128m -XX:+ExitOnOutOfMemoryError -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]

# syntax=docker/dockerfile:1
# The portal as a container: `docker compose up` (see docker-compose.yml) runs
# it next to a PostgreSQL container. Build context: the repo root.

# ---- build -------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first from the project files alone, so the (slow) restore layer is
# reused until a package or project reference changes. The props files pin
# the package versions and the build settings (TreatWarningsAsErrors), and
# .editorconfig sets analyzer severities: all of them change the build.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CoCreation.Domain/CoCreation.Domain.csproj src/CoCreation.Domain/
COPY src/CoCreation.Web/CoCreation.Web.csproj src/CoCreation.Web/
RUN dotnet restore src/CoCreation.Web/CoCreation.Web.csproj

COPY src/ src/
# UseAppHost=false: the image starts the app with `dotnet CoCreation.Web.dll`.
RUN dotnet publish src/CoCreation.Web/CoCreation.Web.csproj -c Release -o /app \
      --no-restore -p:UseAppHost=false

# ---- runtime -----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_NOLOGO=1
EXPOSE 8080

# The image defines APP_UID (a non-root user, 1654): never serve as root.
USER $APP_UID

# No HEALTHCHECK: the aspnet image has neither curl nor wget. Orchestrators can
# probe /health/live and /health/ready over HTTP instead.
ENTRYPOINT ["dotnet", "CoCreation.Web.dll"]

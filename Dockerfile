# One replica of kamcareer. Build: docker build -t kamcareer .   Run: docker run -p 8501:8501 kamcareer
# Several replicas behind a load balancer: see docs/deploy.md (sticky sessions, one shared cookie secret).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Noto covers Devanagari and Telugu for anything the server itself renders with system fonts.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-core \
    && rm -rf /var/lib/apt/lists/*

# The app never needs root.
RUN useradd --create-home --uid 10001 kamcareer
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY app.py ./
COPY .streamlit/ .streamlit/
COPY kamcareer/ kamcareer/
COPY pages/ pages/
COPY content/ content/

USER kamcareer
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"]
# kamcareer.serve is `streamlit run app.py` with the project's settings (.streamlit/config.toml).
CMD ["python", "-m", "kamcareer.serve", "--server.address", "0.0.0.0", "--server.port", "8501"]

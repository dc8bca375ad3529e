FROM python:3.11-slim
# Production is also the app's default; said here so that nobody has to look it up.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 FLASK_APP=webapp APP_ENV=production
WORKDIR /app
COPY pyproject.toml ./
COPY webapp ./webapp
COPY tasks ./tasks
COPY generation ./generation
RUN pip install --no-cache-dir .
COPY . .
RUN useradd --create-home storymapper && chown -R storymapper /app
USER storymapper
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"]

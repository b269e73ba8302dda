// Swagger UI's initializer as a file of its own: the page's Content-Security-Policy allows no inline script.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: false,
    tryItOutEnabled: false,
    validatorUrl: null
  });
});

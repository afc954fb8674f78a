from shop.models import Product

result = Product.objects.filter(name="Typewriter").first()
